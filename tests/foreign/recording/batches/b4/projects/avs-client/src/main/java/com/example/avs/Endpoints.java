package com.example.avs;

import java.util.Map;

final class Endpoints {
    private static final Map<String, String> BY_REGION = Map.of(
            "eu-west-1", "https://avs.eu.example.com/v20160207",
            "us-east-1", "https://avs.na.example.com/v20160207");

    private Endpoints() {}

    static String forRegion(String region) {
        return BY_REGION.getOrDefault(region, BY_REGION.get("us-east-1"));
    }
}
