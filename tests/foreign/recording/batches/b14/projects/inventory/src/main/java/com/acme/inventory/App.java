package com.acme.inventory;

public class App {
    public static void main(String[] args) {
        System.out.println("inventory 0.3.0: 12 items in stock");
    }
}
