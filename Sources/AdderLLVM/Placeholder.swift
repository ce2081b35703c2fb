// AdderLLVM
