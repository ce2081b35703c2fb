// Running the front end on a thread with a large stack.
//
// The parser, the AST dumper, the compile-time checker and every later pass that walks the tree
// recurse once per level of nesting. CPython accepts nesting up to its parser limit (about 6000
// levels), which needs far more than the 8 MiB of a main thread; these passes run on a thread whose
// stack is reserved generously (pages are only touched as the recursion goes deep).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The work handed to the large-stack thread.
private final class StackWork: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// Runs `body` on a thread with a 1 GiB stack and returns its result (directly, when the current
/// thread already has a large stack).
public func withLargeStack<T>(_ body: @escaping () -> T) -> T {
    if onLargeStack() { return body() }
    var result: T?
    let work = StackWork { result = body() }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 1 << 30)
    let context = Unmanaged.passRetained(work).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(&thread, &attributes, { raw in
        pthread_setspecific(largeStackKey, raw)
        let work = Unmanaged<StackWork>.fromOpaque(raw!).takeRetainedValue()
        work.run()
        return nil
    }, context)
    if status != 0 {
        Unmanaged<StackWork>.fromOpaque(context).release()
        return body()
    }
    pthread_join(thread, nil)
    return result!
}

/// Marks the threads `withLargeStack` creates (their thread-specific value is non-nil).
private let largeStackKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

/// Whether the current thread is one `withLargeStack` created.
private func onLargeStack() -> Bool {
    pthread_getspecific(largeStackKey) != nil
}
