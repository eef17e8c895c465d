const greeting = {name:"world",   loud : true}
function hello(  ) { return "hello " + greeting.name }
module.exports = hello
