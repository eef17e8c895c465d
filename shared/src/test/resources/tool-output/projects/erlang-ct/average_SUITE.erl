-module(average_SUITE).
-export([all/0, average_of_two/1, average_of_same/1]).

all() -> [average_of_two, average_of_same].

average(A, B) -> A + B div 2.

average_of_two(_Config) ->
    3 = average(2, 4).

average_of_same(_Config) ->
    5 = average(5, 5).
