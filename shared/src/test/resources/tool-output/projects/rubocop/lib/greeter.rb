class Greeter
  def initialize(name)
    @name = name
  end

  def greet()
    unused = 42
    return "Hello, " + @name
  end
end
