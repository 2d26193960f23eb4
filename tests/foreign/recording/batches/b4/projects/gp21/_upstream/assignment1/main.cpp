// assignment 1 skeleton: load a mesh and show it
int main() { return 0; }
