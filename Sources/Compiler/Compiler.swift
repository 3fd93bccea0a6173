// Module Compiler.
