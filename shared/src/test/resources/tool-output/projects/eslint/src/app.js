const unused = 1;

function greet(name) {
  console.log("hello " + nam);
}

greet("x");
