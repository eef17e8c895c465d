-module(ledger_SUITE).
-include_lib("common_test/include/ct.hrl").
-export([all/0, groups/0, init_per_suite/1, end_per_suite/1, init_per_group/2, end_per_group/2]).
-export([balance_of_empty/1, balance_of_two/1, rounding_half_up/1, rounding_half_even/1]).

all() -> [balance_of_empty, balance_of_two, {group, rounding}].

groups() -> [{rounding, [], [rounding_half_up, rounding_half_even]}].

init_per_suite(Config) -> Config.
end_per_suite(_Config) -> ok.

%% The group needs a fixture file that the checkout does not have.
init_per_group(rounding, Config) ->
    {ok, Rates} = file:consult(filename:join(?config(data_dir, Config), "rates.config")),
    [{rates, Rates} | Config].
end_per_group(_Group, _Config) -> ok.

balance_of_empty(_Config) ->
    0 = lists:sum([]).

balance_of_two(_Config) ->
    5 = lists:sum([2, 2]).

rounding_half_up(_Config) -> ok.
rounding_half_even(_Config) -> ok.
