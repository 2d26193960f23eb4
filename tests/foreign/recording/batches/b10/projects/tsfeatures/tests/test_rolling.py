from tsfeatures import rolling_mean, rolling_max


def test_mean():
    assert rolling_mean([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5]


def test_max():
    assert rolling_max([1, 5, 2, 4], 2) == [5, 5, 4]
