import json


def load(text):
    return json.loads(text)


def main():
    load("{not json")


if __name__ == "__main__":
    main()
