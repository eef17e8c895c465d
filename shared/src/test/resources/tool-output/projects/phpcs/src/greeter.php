<?php
class greeter {
    function greet($name){
        if($name == null) return "Hello";
        return "Hello, " . $name;
    }
}
