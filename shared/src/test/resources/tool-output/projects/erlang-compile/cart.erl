-module(cart).
-export([total/1]).

total(Items) ->
    lists:sum([Price || {_Name, Price} <- Itemz]).
