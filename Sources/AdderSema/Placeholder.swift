// AdderSema
