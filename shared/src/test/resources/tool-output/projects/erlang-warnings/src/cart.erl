-module(cart).
-export([total/1]).
-import(lists, [sum/1, map/2]).

total(Items) ->
    Count = length(Items),
    sum([Price || {_Name, Price} <- Items]).

format_total(Total) ->
    io_lib:format("~p", [Total]).
