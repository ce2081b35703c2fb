// `-g`: DWARF line information. Every generated function gets a subprogram named after its
// qualname, and every instruction the source line of the IR instruction it comes from, so a
// debugger or profiler shows Python lines.

import CLLVM
import Foundation

final class DebugInfo {
    let builder: LLVMDIBuilderRef
    let context: LLVMContextRef
    let file: LLVMMetadataRef
    let unit: LLVMMetadataRef
    let subroutineType: LLVMMetadataRef

    init(module: LLVMModuleRef, context: LLVMContextRef, filename: String) {
        self.context = context
        builder = LLVMCreateDIBuilder(module)
        let url = URL(fileURLWithPath: filename)
        let name = url.lastPathComponent, directory = url.deletingLastPathComponent().path
        file = LLVMDIBuilderCreateFile(builder, name, name.utf8.count, directory, directory.utf8.count)
        let producer = "adder"
        unit = LLVMDIBuilderCreateCompileUnit(
            builder, LLVMDWARFSourceLanguageC, file, producer, producer.utf8.count, 1, "", 0, 0, "", 0,
            LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0)
        subroutineType = LLVMDIBuilderCreateSubroutineType(builder, file, nil, 0, LLVMDIFlagZero)
        let version = LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(context), UInt64(LLVMDebugMetadataVersion()), 0))
        LLVMAddModuleFlag(module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18, version)
        let dwarf = LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(context), 4, 0))
        LLVMAddModuleFlag(module, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13, dwarf)
    }

    func subprogram(for function: LLVMValueRef, name: String, line: Int32) -> LLVMMetadataRef {
        var length = 0
        let linkage = LLVMGetValueName2(function, &length)
        let sp = LLVMDIBuilderCreateFunction(builder, file, name, name.utf8.count, linkage, length, file,
                                             UInt32(max(0, line)), subroutineType, 1, 1, UInt32(max(0, line)),
                                             LLVMDIFlagZero, 0)!
        LLVMSetSubprogram(function, sp)
        return sp
    }

    func setLocation(_ builder: LLVMBuilderRef, line: Int32, scope: LLVMMetadataRef) {
        let location = LLVMDIBuilderCreateDebugLocation(context, UInt32(max(0, line)), 0, scope, nil)
        LLVMSetCurrentDebugLocation2(builder, location)
    }

    func clearLocation(_ builder: LLVMBuilderRef) {
        LLVMSetCurrentDebugLocation2(builder, nil)
    }

    func finalize() {
        LLVMDIBuilderFinalize(builder)
        LLVMDisposeDIBuilder(builder)
    }
}
