setup() {
  source "$BATS_TEST_DIRNAME/../slug.sh"
}

@test "lower-cases a title" {
  run slug "Hello"
  [ "$output" = "hello" ]
}

@test "joins words with dashes" {
  run slug "Hello World"
  [ "$output" = "hello-world" ]
}
