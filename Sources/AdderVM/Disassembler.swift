// `adder dump bytecode`: the bytecode of every function, one instruction per line, with its
// operands decoded (constants and names shown by value) and its source line.

import AdderIR

extension BytecodeModule {
    public func disassembled() -> String {
        var out = ""
        for (i, f) in functions.enumerated() {
            out += "function \(i) \(f.qualname) (\(f.signature.printed))"
            out += ": \(f.frameSize) registers, slots r\(f.slotBase)..<r\(f.slotBase + f.slotCount)\n"
            out += disassemble(f)
            for h in f.handlers { out += "  handler [\(h.start), \(h.end)) -> \(h.handler)\n" }
            out += "\n"
        }
        return out
    }

    private func disassemble(_ f: BytecodeFunction) -> String {
        var out = ""
        var pc = 0
        while pc < f.code.count {
            let w = f.code[pc]
            guard let op = VMOp(rawValue: Instr.op(w)) else { break }
            let shape = vmShapes[Int(op.rawValue)]
            var fields: [String] = []
            func show(_ field: VMShape.Field, _ v: Int) {
                switch field {
                case .unused: break
                case .register: fields.append("r\(v)")
                case .constant: fields.append(v < constants.count ? constants[v].printed : "K\(v)")
                case .name: fields.append(v < names.count ? "'\(names[v])'" : "N\(v)")
                case .global: fields.append(v < globals.count ? "@\(globals[v])" : "G\(v)")
                case .function: fields.append("fn\(v)")
                case .count, .small, .kwnames: fields.append("\(v)")
                case .jump: fields.append("-> \(v)")
                }
            }
            show(shape.a, Instr.a(w))
            if shape.wide {
                show(shape.b, Instr.bx(w))
            } else {
                show(shape.b, Instr.b(w))
                show(shape.c, Instr.c(w))
            }
            if shape.d != .unused { show(shape.d, Instr.d(w)) }
            var next = pc + 1
            if shape.target {
                fields.append("-> \(f.code[next])")
                next += 1
            }
            if shape.ext {
                fields.append("ext \(extensionText(op, f.code[next]))")
                next += 1
            }
            if shape.registerList {
                let n = Instr.c(w)
                let regs = (0..<n).map { i in "r\((f.code[next + i / 4] >> (16 * UInt64(i % 4))) & 0xFFFF)" }
                fields.append("(" + regs.joined(separator: ", ") + ")")
            }
            let text = "\(op.name) \(fields.joined(separator: ", "))"
            let padded = text.count < 44 ? text + String(repeating: " ", count: 44 - text.count) : text
            out += "  \(String(repeating: " ", count: max(0, 4 - String(pc).count)))\(pc)  \(padded)  ; line \(f.lines[pc])\n"
            pc += shape.length(w)
        }
        return out
    }

    private func extensionText(_ op: VMOp, _ ext: Word) -> String {
        switch op {
        case .makeFunction: return "closure r\(ext & 0xFFFF), fn\(ext >> 16)"
        case .callKw: return ext < UInt64(constants.count) ? "keywords \(constants[Int(ext)].printed)" : "\(ext)"
        case .callMethod:
            let name = Int(ext & 0xFFFF_FFFF), kw = Int(ext >> 32) - 1
            var s = name < names.count ? "'\(names[name])'" : "N\(name)"
            if kw >= 0 && kw < constants.count { s += " keywords \(constants[kw].printed)" }
            return s
        case .callEx: return "kwargs r\(ext)"
        case .buildSlice: return "step r\(ext)"
        case .unpackStar: return "after \(ext)"
        case .matchClass: return ext == 0 ? "no keywords" : "keywords \(Int(ext) - 1 < constants.count ? constants[Int(ext) - 1].printed : "K\(ext - 1)")"
        default: return "\(ext)"
        }
    }
}
