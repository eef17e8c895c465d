program area
  implicit none
  real :: width, height
  width = 3.0
  height = 4.0
  print *, width * heigth
end program area
