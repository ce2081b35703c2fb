// Running a program in the interpreter: start the runtime with the program's argv, load the
// bytecode, and run the module body on the runtime's big-stack thread.
import AdderRuntime
import AdderVM
import Foundation

/// Start the runtime once per process with sys.argv = [file, arguments...].
func startRuntime(file: String, arguments: [String]) {
    var argv: [UnsafeMutablePointer<CChar>?] = ([file] + arguments).map { strdup($0) } + [nil]
    ad_runtime_init(Int32(argv.count - 1), &argv)
}

/// Flush sys.stdout and sys.stderr (and the C streams) before the process exits.
func ad_flush_runtime() {
    ad_runtime_flush()
    fflush(nil)
}

/// Run `body` on the runtime's main thread (a large stack registered with the collector).
func runOnRuntimeThread(_ body: @escaping () -> Int32) -> Int32 {
    final class Task {
        let body: () -> Int32
        init(_ body: @escaping () -> Int32) { self.body = body }
    }
    let task = Unmanaged.passRetained(Task(body))
    defer { task.release() }
    return ad_run_main({ raw in
        Unmanaged<Task>.fromOpaque(raw!).takeUnretainedValue().body()
    }, task.toOpaque())
}

extension Driver {
    func runInterpreter(_ bytecode: BytecodeModule, file: String, arguments: [String]) -> Int32 {
        startRuntime(file: file, arguments: arguments)
        let status = runOnRuntimeThread {
            let program: LoadedProgram
            do {
                program = try LoadedProgram(bytecode)
            } catch {
                writeStandardError("adder: \(error)\n")
                return 2
            }
            return program.run() == 0 ? ad_handle_uncaught() : 0
        }
        ad_flush_runtime()
        return status
    }
}
