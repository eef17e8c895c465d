def area(width,height):
    return width*height
def describe( shape ):
    return {'name':shape,"sides":4}
