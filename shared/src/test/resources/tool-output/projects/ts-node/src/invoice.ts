export interface Line {
  description: string;
  cents: number;
}

// Adds up an invoice's lines; the total is returned as text where a number belongs.
export function total(lines: Line[]): number {
  const sum = lines.reduce((acc, line) => acc + line.cents, 0);
  return sum.toFixed(2);
}

export function describeLine(line: Line): string {
  return line.descripton.toUpperCase();
}
