-module(setup_SUITE).
-export([all/0, init_per_suite/1, end_per_suite/1, connects/1, reads_back/1]).

all() -> [connects, reads_back].

%% The suite needs a service on 127.0.0.1:9 that the runner does not start.
init_per_suite(Config) ->
    {ok, Socket} = gen_tcp:connect("127.0.0.1", 9, [binary, {active, false}], 2000),
    [{socket, Socket} | Config].
end_per_suite(_Config) -> ok.

connects(_Config) -> ok.
reads_back(_Config) -> ok.
