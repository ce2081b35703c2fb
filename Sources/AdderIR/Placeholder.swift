// AdderIR
