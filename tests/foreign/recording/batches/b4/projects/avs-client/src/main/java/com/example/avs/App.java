package com.example.avs;

public class App {
    public static void main(String[] args) {
        String region = args.length > 0 ? args[0] : "eu-west-1";
        System.out.println("avs-client 1.2.0 endpoint: " + Endpoints.forRegion(region));
    }
}
