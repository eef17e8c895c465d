-module(labels).
-export([label/1, kind/1]).

label(Count) ->
    "items: " ++ atom_to_list(Count + 1).

kind(N) when is_integer(N) ->
    case N of
        small -> tiny;
        _ -> regular
    end.
