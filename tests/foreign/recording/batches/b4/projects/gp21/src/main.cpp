#include <iostream>

int main() { std::cout << "assignment 1 viewer\n"; }
