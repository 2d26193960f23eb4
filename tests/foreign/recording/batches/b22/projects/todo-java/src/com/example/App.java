package com.example;

public class App {
    public static void main(String[] args) {
        String[] todos = {"read chapter 3", "finish lab 2", "email TA"};
        for (int i = 0; i < todos.length; i++) {
            System.out.println((i + 1) + ". " + todos[i])
        }
    }
}
