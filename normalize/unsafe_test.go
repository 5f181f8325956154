package normalize

import "unsafe"

func stringData(s string) *byte { return unsafe.StringData(s) }
