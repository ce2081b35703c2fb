// AdderVM
