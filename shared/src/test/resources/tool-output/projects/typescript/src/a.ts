export function greet(name: string): string {
  return "hello " + name;
}

const count: number = "three";
greet(42);
