//go:build amd64 && !purego

#include "textflag.h"

// The SSE2 forms of nextSuspectGo and scanCopyGo (core.go): the same
// classification of bytes, sixteen lanes at a time, with exact byte
// compares instead of the carry tricks of the eight-byte scan. SSE2 is part
// of every amd64 processor, so nothing is detected at run time.

DATA laned8<>+0(SB)/8, $0xD8D8D8D8D8D8D8D8
DATA laned8<>+8(SB)/8, $0xD8D8D8D8D8D8D8D8
GLOBL laned8<>(SB), RODATA|NOPTR, $16
DATA laned9<>+0(SB)/8, $0xD9D9D9D9D9D9D9D9
DATA laned9<>+8(SB)/8, $0xD9D9D9D9D9D9D9D9
GLOBL laned9<>(SB), RODATA|NOPTR, $16
DATA lanec0<>+0(SB)/8, $0xC0C0C0C0C0C0C0C0
DATA lanec0<>+8(SB)/8, $0xC0C0C0C0C0C0C0C0
GLOBL lanec0<>(SB), RODATA|NOPTR, $16
DATA lanex80<>+0(SB)/8, $0x8080808080808080
DATA lanex80<>+8(SB)/8, $0x8080808080808080
GLOBL lanex80<>(SB), RODATA|NOPTR, $16
DATA lanefe<>+0(SB)/8, $0xFEFEFEFEFEFEFEFE
DATA lanefe<>+8(SB)/8, $0xFEFEFEFEFEFEFEFE
GLOBL lanefe<>(SB), RODATA|NOPTR, $16
DATA lanex3f<>+0(SB)/8, $0x3F3F3F3F3F3F3F3F
DATA lanex3f<>+8(SB)/8, $0x3F3F3F3F3F3F3F3F
GLOBL lanex3f<>(SB), RODATA|NOPTR, $16
DATA lanex40<>+0(SB)/8, $0x4040404040404040
DATA lanex40<>+8(SB)/8, $0x4040404040404040
GLOBL lanex40<>(SB), RODATA|NOPTR, $16
DATA lanex4b<>+0(SB)/8, $0x4B4B4B4B4B4B4B4B
DATA lanex4b<>+8(SB)/8, $0x4B4B4B4B4B4B4B4B
GLOBL lanex4b<>(SB), RODATA|NOPTR, $16
DATA lanex21<>+0(SB)/8, $0x2121212121212121
DATA lanex21<>+8(SB)/8, $0x2121212121212121
GLOBL lanex21<>(SB), RODATA|NOPTR, $16
DATA lanex27<>+0(SB)/8, $0x2727272727272727
DATA lanex27<>+8(SB)/8, $0x2727272727272727
GLOBL lanex27<>(SB), RODATA|NOPTR, $16
DATA lanex1f<>+0(SB)/8, $0x1F1F1F1F1F1F1F1F
DATA lanex1f<>+8(SB)/8, $0x1F1F1F1F1F1F1F1F
GLOBL lanex1f<>(SB), RODATA|NOPTR, $16
DATA lanex09<>+0(SB)/8, $0x0909090909090909
DATA lanex09<>+8(SB)/8, $0x0909090909090909
GLOBL lanex09<>(SB), RODATA|NOPTR, $16
DATA lanex1c<>+0(SB)/8, $0x1C1C1C1C1C1C1C1C
DATA lanex1c<>+8(SB)/8, $0x1C1C1C1C1C1C1C1C
GLOBL lanex1c<>(SB), RODATA|NOPTR, $16
DATA lanex24<>+0(SB)/8, $0x2424242424242424
DATA lanex24<>+8(SB)/8, $0x2424242424242424
GLOBL lanex24<>(SB), RODATA|NOPTR, $16
DATA lanex26<>+0(SB)/8, $0x2626262626262626
DATA lanex26<>+8(SB)/8, $0x2626262626262626
GLOBL lanex26<>(SB), RODATA|NOPTR, $16
DATA lanex29<>+0(SB)/8, $0x2929292929292929
DATA lanex29<>+8(SB)/8, $0x2929292929292929
GLOBL lanex29<>(SB), RODATA|NOPTR, $16
DATA lanex49<>+0(SB)/8, $0x4949494949494949
DATA lanex49<>+8(SB)/8, $0x4949494949494949
GLOBL lanex49<>(SB), RODATA|NOPTR, $16
DATA lanea7<>+0(SB)/8, $0xA7A7A7A7A7A7A7A7
DATA lanea7<>+8(SB)/8, $0xA7A7A7A7A7A7A7A7
GLOBL lanea7<>(SB), RODATA|NOPTR, $16
DATA lanea1<>+0(SB)/8, $0xA1A1A1A1A1A1A1A1
DATA lanea1<>+8(SB)/8, $0xA1A1A1A1A1A1A1A1
GLOBL lanea1<>(SB), RODATA|NOPTR, $16
DATA lanex8a<>+0(SB)/8, $0x8A8A8A8A8A8A8A8A
DATA lanex8a<>+8(SB)/8, $0x8A8A8A8A8A8A8A8A
GLOBL lanex8a<>(SB), RODATA|NOPTR, $16
DATA lanex87<>+0(SB)/8, $0x8787878787878787
DATA lanex87<>+8(SB)/8, $0x8787878787878787
GLOBL lanex87<>(SB), RODATA|NOPTR, $16
DATA lanex01<>+0(SB)/8, $0x0101010101010101
DATA lanex01<>+8(SB)/8, $0x0101010101010101
GLOBL lanex01<>(SB), RODATA|NOPTR, $16

// CLASSIFY reads the block X0 and the block before it, X14 (zero before the
// first), and leaves, one byte a lane (0xFF true, 0x00 false):
//   X3  prevLead: the byte before is 0xD8 or 0xD9
//   X4  cont: a continuation byte
//   X5  lead: 0xD8 or 0xD9
//   X6  v: the rune minus U+0600 if the lane is the trail byte of a lead
//   X8  bad so far: a trail byte without its lead or a lead without its
//       trail, or another non-ASCII byte
//   X10 v in 0x22..0x26 (آ أ ؤ إ ئ)
//   X12 plain: v < 0x4B, not in 0x22..0x26, and v&0x1F not 0x00, 0x09
//       or 0x1C (the runes plainRune reports)
// It uses X1, X2, X7, X9, X11 and X13 as scratch.
#define CLASSIFY \
	MOVO X0, X1; PSLLO $1, X1; MOVO X14, X2; PSRLO $15, X2; POR X2, X1; \
	MOVO X1, X2; PCMPEQB laned8<>(SB), X2; \
	PCMPEQB laned9<>(SB), X1; \
	MOVO X1, X3; POR X2, X3; \
	MOVO X0, X4; PAND lanec0<>(SB), X4; PCMPEQB lanex80<>(SB), X4; \
	MOVO X0, X5; PAND lanefe<>(SB), X5; PCMPEQB laned8<>(SB), X5; \
	MOVO X0, X6; PAND lanex3f<>(SB), X6; PAND lanex40<>(SB), X1; POR X1, X6; \
	MOVO X3, X8; PXOR X4, X8; \
	PXOR X7, X7; PCMPGTB X0, X7; \
	MOVO X4, X9; POR X5, X9; PANDN X7, X9; POR X9, X8; \
	MOVOU lanex4b<>(SB), X9; PCMPGTB X6, X9; \
	MOVO X6, X10; PCMPGTB lanex21<>(SB), X10; MOVOU lanex27<>(SB), X11; PCMPGTB X6, X11; PAND X11, X10; \
	MOVO X6, X11; PAND lanex1f<>(SB), X11; \
	PXOR X12, X12; PCMPEQB X11, X12; \
	MOVO X11, X13; PCMPEQB lanex09<>(SB), X13; POR X13, X12; \
	PCMPEQB lanex1c<>(SB), X11; POR X11, X12; \
	POR X10, X12; PANDN X9, X12

// func nextSuspectSSE2(p *byte, n, i int) (j int, found bool)
TEXT ·nextSuspectSSE2(SB), NOSPLIT, $0-33
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVQ i+16(FP), CX
	PXOR X14, X14
	XORQ R9, R9

sloop:
	LEAQ 16(CX), AX
	CMPQ AX, DX
	JGT  stail
	MOVOU (SI)(CX*1), X0
	PMOVMSKB X0, AX
	ORL  R9, AX
	JNZ  sslow
	MOVO X0, X14
	ADDQ $16, CX
	JMP  sloop

sslow:
	CLASSIFY
	PANDN X4, X12
	POR   X12, X8
	PMOVMSKB X8, AX
	TESTL AX, AX
	JNZ   sfound
	PMOVMSKB X5, R9
	SHRL  $15, R9
	MOVO  X0, X14
	ADDQ  $16, CX
	JMP   sloop

sfound:
	PMOVMSKB X3, BX
	// The rune start of the first bad lane: AX holds the bad lanes, BX
	// the prevLead lanes (a bad trail byte stops at its lead).
	BSFL AX, AX
	BTL  AX, BX
	SBBQ $0, CX
	ADDQ AX, CX
	MOVQ CX, j+24(FP)
	MOVB $1, found+32(FP)
	RET

stail:
	SUBQ R9, CX
	MOVQ CX, j+24(FP)
	MOVB $0, found+32(FP)
	RET

// func scanCopySSE2(p *byte, n, i int, out *byte, off, lim int, en *[64]byte) (j int, found bool)
TEXT ·scanCopySSE2(SB), NOSPLIT, $0-65
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVQ i+16(FP), CX
	MOVQ out+24(FP), DI
	ADDQ off+32(FP), DI
	MOVQ lim+40(FP), R8
	CMPQ R8, DX
	CMOVQLT R8, DX
	MOVQ en+48(FP), R12
	PXOR X14, X14
	XORQ R9, R9

cloop:
	LEAQ 16(CX), AX
	CMPQ AX, DX
	JGT  ctail
	MOVOU (SI)(CX*1), X0
	PMOVMSKB X0, AX
	ORL  R9, AX
	JNZ  cslow
	MOVOU X0, (DI)(CX*1)
	MOVO X0, X14
	ADDQ $16, CX
	JMP  cloop

cslow:
	CLASSIFY
	// آ أ ؤ إ ئ ة ى are never bad here: the Form either changes them,
	// written below, or keeps them.
	MOVO X6, X11; PCMPEQB lanex29<>(SB), X11
	MOVO X6, X13; PCMPEQB lanex49<>(SB), X13
	MOVO X12, X9; POR X10, X9; POR X11, X9; POR X13, X9
	PANDN X4, X9
	POR   X9, X8
	PMOVMSKB X3, BX
	PMOVMSKB X5, R9
	// The replacements, in trail-byte lanes (X12), where en enables them.
	MOVO X3, X12; PAND X4, X12
	MOVO X6, X1; PCMPEQB lanex24<>(SB), X1; MOVO X6, X2; PCMPEQB lanex26<>(SB), X2; POR X2, X1
	MOVO X1, X2; PAND X12, X2; MOVOU 16(R12), X7; PAND X7, X2
	PANDN X10, X1; PAND X12, X1; MOVOU 0(R12), X7; PAND X7, X1
	PAND X12, X13; MOVOU 32(R12), X7; PAND X7, X13
	PAND X12, X11; MOVOU 48(R12), X7; PAND X7, X11
	MOVO X1, X5; POR X2, X5; POR X13, X5; POR X11, X5; PANDN X0, X5
	// A2 A3 A5 → A7; A4 A6 → A1; 89 → 8A; A9 → 87 with its lead D8 → D9.
	PAND lanea7<>(SB), X1; POR X1, X5
	PAND lanea1<>(SB), X2; POR X2, X5
	PAND lanex8a<>(SB), X13; POR X13, X5
	PMOVMSKB X11, R10
	MOVO X11, X7; PAND lanex87<>(SB), X7; POR X7, X5
	PSRLO $1, X11; PAND lanex01<>(SB), X11; POR X11, X5
	MOVOU X5, (DI)(CX*1)
	TESTL $1, R10
	JZ    cnolead
	ORB   $1, -1(DI)(CX*1) // the lead, one block back

cnolead:
	MOVO X0, X14
	PMOVMSKB X8, AX
	TESTL AX, AX
	JNZ   cfound
	SHRL  $15, R9
	ADDQ  $16, CX
	JMP   cloop

cfound:
	// The rune start of the first bad lane: AX holds the bad lanes, BX
	// the prevLead lanes (a bad trail byte stops at its lead).
	BSFL AX, AX
	BTL  AX, BX
	SBBQ $0, CX
	ADDQ AX, CX
	MOVQ CX, j+56(FP)
	MOVB $1, found+64(FP)
	RET

ctail:
	SUBQ R9, CX
	MOVQ CX, j+56(FP)
	MOVB $0, found+64(FP)
	RET
