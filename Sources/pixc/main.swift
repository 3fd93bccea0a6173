import PixcCommands
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(PixcMain.run(Array(CommandLine.arguments.dropFirst()), selectsProcessLanguage: true))
