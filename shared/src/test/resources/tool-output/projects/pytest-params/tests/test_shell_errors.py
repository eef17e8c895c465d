"""Tests of a tool that recognizes shell error messages: their names quote the messages they recognize."""
import pytest


def is_missing_command(output):
    return 'command not found' in output or 'is not recognized as an internal or external command' in output


@pytest.mark.parametrize('output', [
    'bash: got: command not found',
    "'puthon' is not recognized as an internal or external command",
])
def test_recognizes_missing_command(output):
    assert is_missing_command(output)


def test_recognizes_dash_message():
    assert is_missing_command('sh: 1: gti: not found')
