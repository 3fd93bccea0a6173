import Foundation
import Localization

/// Work done on a thread of its own while the caller goes on, then joined: `pixc build` writes
/// release.json while it makes the manifest, compares the lock while it assembles the release,
/// validates the release while it encodes it, and renders its diagnostics meanwhile. The work
/// runs in the caller's language.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the worker before it signals `done`, read by the caller after `wait`.
    private var result: Result<Value, Error>?

    public init(_ work: @escaping @Sendable () throws -> Value) {
        let language = Localization.current
        // A thread, not a dispatch queue: the work may block on the disk, and the queues' threads
        // are busy with the parallel work of the caller.
        let thread = Thread { [self] in
            result = Result { try Localization.withLanguage(language) { try work() } }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work to end; its value, or its error rethrown.
    public func wait() throws -> Value {
        done.wait()
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}

extension BackgroundWork {
    /// Work that cannot fail.
    public convenience init(value work: @escaping @Sendable () -> Value) {
        self.init { () throws -> Value in work() }
    }

    /// Waits for work made with `init(value:)`: its value (nil only if it could fail).
    public func value() -> Value? {
        try? wait()
    }
}


/// Frees a large value on a thread of its own, then runs `then` there: the caller goes on at once
/// (a hundred thousand compiled challenges take a while to free).
public enum FreedAside {
    public static func free<Value: Sendable>(_ value: consuming Value, then: @escaping @Sendable () -> Void = {}) {
        let box = Box(value)
        // The thread holds the only reference to the box: the value is freed there.
        let thread = Thread {
            box.value = nil
            then()
        }
        thread.start()
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
