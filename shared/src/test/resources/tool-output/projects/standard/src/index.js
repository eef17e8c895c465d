const unused = 1;
function greet(name) {
    return "Hello " + name
}
if (greet('x') == 'Hello x') console.log('ok')
