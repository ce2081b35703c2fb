// The front end as the driver uses it: loading a file, parsing with CPython-format error reports,
// `adder dump tokens`, `adder dump ast [--locations]`, and the hidden `adder syntax-test` command
// that the parity, fuzz and benchmark scripts in tools/ drive with many files per process.
//
// Every entry point returns the process exit status: 0, 1 after a SyntaxError (printed exactly as
// CPython prints it), 2 when the file cannot be read. Parsing runs on a large-stack thread so
// that deeply nested input ends in CPython's error, never in a stack overflow.
import AdderSyntax
import Foundation

extension Driver {
    /// `adder dump tokens FILE`: the token stream, one token per line in `tokenize -e` style.
    public func dumpTokens(file: String) -> Int32 {
        guard let source = FrontEnd.read(file) else { return 2 }
        let (tokens, error) = tokenizeUntilError(source)
        FrontEnd.write(FrontEnd.describe(tokens, source))
        if let error {
            FrontEnd.writeError(error.formatted())
            return 1
        }
        return 0
    }

    /// `adder dump ast FILE`: what `ast.dump(ast.parse(source))` prints (with positions when
    /// `--locations` is given). Like `ast.parse`, this accepts what the compiler would reject.
    public func dumpAST(file: String) -> Int32 {
        guard let source = FrontEnd.read(file) else { return 2 }
        let locations = options.astLocations
        return withLargeStack {
            do {
                let module = try parseModule(source)
                FrontEnd.write(AdderSyntax.dumpAST(module, includeAttributes: locations) + "\n")
                return 0
            } catch let error as SyntaxError {
                FrontEnd.writeError(error.formatted())
                return 1
            } catch {
                return 1
            }
        }
    }

    /// Parses a file and runs the compile-time checks; nil after printing the error.
    public func checkedModule(file: String) -> (SourceFile, Module)? {
        guard let source = FrontEnd.read(file) else { return nil }
        let result: Result<Module, SyntaxError> = withLargeStack {
            var warnings: [SyntaxWarning] = []
            do {
                let module = try parseModule(source, warnings: &warnings)
                let (error, compileWarnings) = checkCompile(module, source: source)
                for w in warnings + compileWarnings { FrontEnd.writeError(w.formatted(source)) }
                if let error { return .failure(error) }
                return .success(module)
            } catch let error as SyntaxError {
                for w in warnings { FrontEnd.writeError(w.formatted(source)) }
                return .failure(error)
            } catch {
                return .failure(SyntaxError(kind: .syntaxError, message: "\(error)", filename: nil, lineno: 0,
                                            offset: 0, text: nil, endLineno: 0, endOffset: 0))
            }
        }
        switch result {
        case .success(let module): return (source, module)
        case .failure(let error):
            FrontEnd.writeError(error.formatted())
            return nil
        }
    }

    /// The hidden `adder syntax-test MODE FILE...` used by tools/: `ast` prints `### FILE` and the
    /// dump (or the error's last line) for each file; `check` prints the full error report (or OK)
    /// after the compile-time checks; `bench` parses every file and prints lines per second.
    public func syntaxTest(mode: String, files: [String], locations: Bool) -> Int32 {
        switch mode {
        case "ast", "check":
            withLargeStack {
                for file in files {
                    FrontEnd.write("### \(file)\n")
                    guard let source = try? SourceFile.read(path: file) else {
                        FrontEnd.write("OSError: can't read file\n")
                        continue
                    }
                    var warnings: [SyntaxWarning] = []
                    do {
                        let module = try parseModule(source, warnings: &warnings)
                        if mode == "ast" {
                            FrontEnd.write(AdderSyntax.dumpAST(module, includeAttributes: locations) + "\n")
                        } else {
                            let (error, compileWarnings) = checkCompile(module, source: source)
                            for w in warnings + compileWarnings { FrontEnd.write(w.formatted(source)) }
                            FrontEnd.write(error?.formatted() ?? "OK\n")
                        }
                    } catch let error as SyntaxError {
                        if mode == "ast" {
                            FrontEnd.write("\(error.kind.rawValue): \(error.message)\n")
                        } else {
                            for w in warnings { FrontEnd.write(w.formatted(source)) }
                            FrontEnd.write(error.formatted())
                        }
                    } catch {
                        FrontEnd.write("Error: \(error)\n")
                    }
                }
            }
            return 0
        case "bench":
            var sources: [SourceFile] = []
            var lines = 0
            for file in files {
                guard let source = try? SourceFile.read(path: file) else { continue }
                sources.append(source)
                lines += source.lineCount
            }
            let (parsed, seconds) = withLargeStack { () -> (Int, Double) in
                let start = DispatchTime.now().uptimeNanoseconds
                var parsed = 0
                for source in sources where (try? parseModule(source)) != nil { parsed += 1 }
                return (parsed, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            FrontEnd.write("files \(sources.count) parsed \(parsed) lines \(lines) seconds \(seconds)\n")
            return 0
        default:
            FrontEnd.writeError("adder: unknown syntax-test mode '\(mode)' (expected ast, check or bench)\n")
            return 2
        }
    }
}

/// Helpers of the front-end entry points.
enum FrontEnd {
    /// Reads a source file, reporting an unreadable one as CPython does (status 2).
    static func read(_ file: String) -> SourceFile? {
        do {
            return try SourceFile.read(path: file)
        } catch {
            let path = SourceFile.absoluteDisplayPath(file)
            writeError("adder: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return nil
        }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(text.data(using: .utf8)!)
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(text.data(using: .utf8)!)
    }

    /// One line per token: `LINE,COL-ENDLINE,ENDCOL:  TYPE  'text'`, as `python -m tokenize -e`.
    static func describe(_ tokens: [Token], _ source: SourceFile) -> String {
        var out = ""
        for t in tokens {
            let range = "\(t.line),\(t.col)-\(t.endLine),\(t.endCol):"
            var text = ""
            if t.col >= 0 && t.end > t.start {
                text = source.text(from: Int(t.start), to: Int(t.end))
            }
            if t.kind == .newline { text = "\n" }
            out += range.padding(toLength: max(20, range.count), withPad: " ", startingAt: 0)
            let name = t.kind.displayName
            out += name.padding(toLength: max(15, name.count), withPad: " ", startingAt: 0)
            out += PyRepr.constant(.str(Array(text.utf8))) + "\n"
        }
        return out
    }
}
