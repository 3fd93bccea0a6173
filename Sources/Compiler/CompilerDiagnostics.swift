import Diagnostics

/// Diagnostic codes of the compiler that are not rules: building the Pix form of a challenge
/// (PIX04xx) and the bundle (PIX06xx).
public enum CompilerDiagnostics {
    public static let all: [DiagnosticDescriptor] = []
}
