from slugcache import SlugCache


def test_roundtrip(tmp_dir):
    cache = SlugCache(tmp_dir)
    cache.put("Hello World", "hello-world", now=100.0)
    assert cache.get("Hello World", now=101.0) == "hello-world"


def test_expires_exactly_at_ttl(tmp_dir):
    cache = SlugCache(tmp_dir, ttl=60)
    cache.put("Old post", "old-post", now=0.0)
    assert cache.get("Old post", now=60.0) is None
