// Module PixcCommands.
