//go:build amd64 && !purego

#include "textflag.h"

// The SSE2 and AVX2 forms of nextSuspectGo and scanCopyGo (core.go): the
// same classification of bytes, 16 or 32 lanes at a time, with exact byte
// compares instead of the carry tricks of the eight-byte scan. SSE2 is part
// of every amd64 processor; AVX2 is used when cpuid and xgetbv say the
// processor and the OS support it (simd_amd64.go).

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

DATA wided8<>+0(SB)/8, $0xD8D8D8D8D8D8D8D8
DATA wided8<>+8(SB)/8, $0xD8D8D8D8D8D8D8D8
DATA wided8<>+16(SB)/8, $0xD8D8D8D8D8D8D8D8
DATA wided8<>+24(SB)/8, $0xD8D8D8D8D8D8D8D8
GLOBL wided8<>(SB), RODATA|NOPTR, $32
DATA wided9<>+0(SB)/8, $0xD9D9D9D9D9D9D9D9
DATA wided9<>+8(SB)/8, $0xD9D9D9D9D9D9D9D9
DATA wided9<>+16(SB)/8, $0xD9D9D9D9D9D9D9D9
DATA wided9<>+24(SB)/8, $0xD9D9D9D9D9D9D9D9
GLOBL wided9<>(SB), RODATA|NOPTR, $32
DATA widec0<>+0(SB)/8, $0xC0C0C0C0C0C0C0C0
DATA widec0<>+8(SB)/8, $0xC0C0C0C0C0C0C0C0
DATA widec0<>+16(SB)/8, $0xC0C0C0C0C0C0C0C0
DATA widec0<>+24(SB)/8, $0xC0C0C0C0C0C0C0C0
GLOBL widec0<>(SB), RODATA|NOPTR, $32
DATA widex80<>+0(SB)/8, $0x8080808080808080
DATA widex80<>+8(SB)/8, $0x8080808080808080
DATA widex80<>+16(SB)/8, $0x8080808080808080
DATA widex80<>+24(SB)/8, $0x8080808080808080
GLOBL widex80<>(SB), RODATA|NOPTR, $32
DATA widefe<>+0(SB)/8, $0xFEFEFEFEFEFEFEFE
DATA widefe<>+8(SB)/8, $0xFEFEFEFEFEFEFEFE
DATA widefe<>+16(SB)/8, $0xFEFEFEFEFEFEFEFE
DATA widefe<>+24(SB)/8, $0xFEFEFEFEFEFEFEFE
GLOBL widefe<>(SB), RODATA|NOPTR, $32
DATA widex3f<>+0(SB)/8, $0x3F3F3F3F3F3F3F3F
DATA widex3f<>+8(SB)/8, $0x3F3F3F3F3F3F3F3F
DATA widex3f<>+16(SB)/8, $0x3F3F3F3F3F3F3F3F
DATA widex3f<>+24(SB)/8, $0x3F3F3F3F3F3F3F3F
GLOBL widex3f<>(SB), RODATA|NOPTR, $32
DATA widex40<>+0(SB)/8, $0x4040404040404040
DATA widex40<>+8(SB)/8, $0x4040404040404040
DATA widex40<>+16(SB)/8, $0x4040404040404040
DATA widex40<>+24(SB)/8, $0x4040404040404040
GLOBL widex40<>(SB), RODATA|NOPTR, $32
DATA widex4b<>+0(SB)/8, $0x4B4B4B4B4B4B4B4B
DATA widex4b<>+8(SB)/8, $0x4B4B4B4B4B4B4B4B
DATA widex4b<>+16(SB)/8, $0x4B4B4B4B4B4B4B4B
DATA widex4b<>+24(SB)/8, $0x4B4B4B4B4B4B4B4B
GLOBL widex4b<>(SB), RODATA|NOPTR, $32
DATA widex21<>+0(SB)/8, $0x2121212121212121
DATA widex21<>+8(SB)/8, $0x2121212121212121
DATA widex21<>+16(SB)/8, $0x2121212121212121
DATA widex21<>+24(SB)/8, $0x2121212121212121
GLOBL widex21<>(SB), RODATA|NOPTR, $32
DATA widex27<>+0(SB)/8, $0x2727272727272727
DATA widex27<>+8(SB)/8, $0x2727272727272727
DATA widex27<>+16(SB)/8, $0x2727272727272727
DATA widex27<>+24(SB)/8, $0x2727272727272727
GLOBL widex27<>(SB), RODATA|NOPTR, $32
DATA widex1f<>+0(SB)/8, $0x1F1F1F1F1F1F1F1F
DATA widex1f<>+8(SB)/8, $0x1F1F1F1F1F1F1F1F
DATA widex1f<>+16(SB)/8, $0x1F1F1F1F1F1F1F1F
DATA widex1f<>+24(SB)/8, $0x1F1F1F1F1F1F1F1F
GLOBL widex1f<>(SB), RODATA|NOPTR, $32
DATA widex09<>+0(SB)/8, $0x0909090909090909
DATA widex09<>+8(SB)/8, $0x0909090909090909
DATA widex09<>+16(SB)/8, $0x0909090909090909
DATA widex09<>+24(SB)/8, $0x0909090909090909
GLOBL widex09<>(SB), RODATA|NOPTR, $32
DATA widex1c<>+0(SB)/8, $0x1C1C1C1C1C1C1C1C
DATA widex1c<>+8(SB)/8, $0x1C1C1C1C1C1C1C1C
DATA widex1c<>+16(SB)/8, $0x1C1C1C1C1C1C1C1C
DATA widex1c<>+24(SB)/8, $0x1C1C1C1C1C1C1C1C
GLOBL widex1c<>(SB), RODATA|NOPTR, $32
DATA widex24<>+0(SB)/8, $0x2424242424242424
DATA widex24<>+8(SB)/8, $0x2424242424242424
DATA widex24<>+16(SB)/8, $0x2424242424242424
DATA widex24<>+24(SB)/8, $0x2424242424242424
GLOBL widex24<>(SB), RODATA|NOPTR, $32
DATA widex26<>+0(SB)/8, $0x2626262626262626
DATA widex26<>+8(SB)/8, $0x2626262626262626
DATA widex26<>+16(SB)/8, $0x2626262626262626
DATA widex26<>+24(SB)/8, $0x2626262626262626
GLOBL widex26<>(SB), RODATA|NOPTR, $32
DATA widex29<>+0(SB)/8, $0x2929292929292929
DATA widex29<>+8(SB)/8, $0x2929292929292929
DATA widex29<>+16(SB)/8, $0x2929292929292929
DATA widex29<>+24(SB)/8, $0x2929292929292929
GLOBL widex29<>(SB), RODATA|NOPTR, $32
DATA widex49<>+0(SB)/8, $0x4949494949494949
DATA widex49<>+8(SB)/8, $0x4949494949494949
DATA widex49<>+16(SB)/8, $0x4949494949494949
DATA widex49<>+24(SB)/8, $0x4949494949494949
GLOBL widex49<>(SB), RODATA|NOPTR, $32
DATA widea7<>+0(SB)/8, $0xA7A7A7A7A7A7A7A7
DATA widea7<>+8(SB)/8, $0xA7A7A7A7A7A7A7A7
DATA widea7<>+16(SB)/8, $0xA7A7A7A7A7A7A7A7
DATA widea7<>+24(SB)/8, $0xA7A7A7A7A7A7A7A7
GLOBL widea7<>(SB), RODATA|NOPTR, $32
DATA widea1<>+0(SB)/8, $0xA1A1A1A1A1A1A1A1
DATA widea1<>+8(SB)/8, $0xA1A1A1A1A1A1A1A1
DATA widea1<>+16(SB)/8, $0xA1A1A1A1A1A1A1A1
DATA widea1<>+24(SB)/8, $0xA1A1A1A1A1A1A1A1
GLOBL widea1<>(SB), RODATA|NOPTR, $32
DATA widex8a<>+0(SB)/8, $0x8A8A8A8A8A8A8A8A
DATA widex8a<>+8(SB)/8, $0x8A8A8A8A8A8A8A8A
DATA widex8a<>+16(SB)/8, $0x8A8A8A8A8A8A8A8A
DATA widex8a<>+24(SB)/8, $0x8A8A8A8A8A8A8A8A
GLOBL widex8a<>(SB), RODATA|NOPTR, $32
DATA widex87<>+0(SB)/8, $0x8787878787878787
DATA widex87<>+8(SB)/8, $0x8787878787878787
DATA widex87<>+16(SB)/8, $0x8787878787878787
DATA widex87<>+24(SB)/8, $0x8787878787878787
GLOBL widex87<>(SB), RODATA|NOPTR, $32
DATA widex01<>+0(SB)/8, $0x0101010101010101
DATA widex01<>+8(SB)/8, $0x0101010101010101
DATA widex01<>+16(SB)/8, $0x0101010101010101
DATA widex01<>+24(SB)/8, $0x0101010101010101
GLOBL widex01<>(SB), RODATA|NOPTR, $32

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

// func scanCopySSE2(p *byte, n, i int, out *byte, off, lim int, en *[128]byte) (j int, found bool)
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
	MOVO X1, X2; PAND X12, X2; MOVOU 32(R12), X7; PAND X7, X2
	PANDN X10, X1; PAND X12, X1; MOVOU 0(R12), X7; PAND X7, X1
	PAND X12, X13; MOVOU 64(R12), X7; PAND X7, X13
	PAND X12, X11; MOVOU 96(R12), X7; PAND X7, X11
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

// The AVX2 forms: the same steps on 32 lanes. The byte before each lane
// comes from VPERM2I128 and VPALIGNR (shifts that cross the two halves).
// Three-operand forms: Go writes the destination last and the first
// source of Intel's order second (VPANDN a, b, d is d = ^b & a; VPCMPGTB
// a, b, d is d = b > a).

#define CLASSIFY32 \
	VPERM2I128 $0x21, Y0, Y14, Y1; VPALIGNR $15, Y1, Y0, Y1; \
	VPCMPEQB wided8<>(SB), Y1, Y2; \
	VPCMPEQB wided9<>(SB), Y1, Y1; \
	VPOR Y1, Y2, Y3; \
	VPAND widec0<>(SB), Y0, Y4; VPCMPEQB widex80<>(SB), Y4, Y4; \
	VPAND widefe<>(SB), Y0, Y5; VPCMPEQB wided8<>(SB), Y5, Y5; \
	VPAND widex3f<>(SB), Y0, Y6; VPAND widex40<>(SB), Y1, Y1; VPOR Y1, Y6, Y6; \
	VPXOR Y4, Y3, Y8; \
	VPXOR Y7, Y7, Y7; VPCMPGTB Y0, Y7, Y7; \
	VPOR Y5, Y4, Y9; VPANDN Y7, Y9, Y9; VPOR Y9, Y8, Y8; \
	VMOVDQU widex4b<>(SB), Y9; VPCMPGTB Y6, Y9, Y9; \
	VPCMPGTB widex21<>(SB), Y6, Y10; VMOVDQU widex27<>(SB), Y11; VPCMPGTB Y6, Y11, Y11; VPAND Y11, Y10, Y10; \
	VPAND widex1f<>(SB), Y6, Y11; \
	VPXOR Y12, Y12, Y12; VPCMPEQB Y11, Y12, Y12; \
	VPCMPEQB widex09<>(SB), Y11, Y13; VPOR Y13, Y12, Y12; \
	VPCMPEQB widex1c<>(SB), Y11, Y11; VPOR Y11, Y12, Y12; \
	VPOR Y10, Y12, Y12; VPANDN Y9, Y12, Y12

// func nextSuspectAVX2(p *byte, n, i int) (j int, found bool)
TEXT ·nextSuspectAVX2(SB), NOSPLIT, $0-33
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVQ i+16(FP), CX
	VPXOR Y14, Y14, Y14
	XORQ R9, R9

wsloop:
	LEAQ 32(CX), AX
	CMPQ AX, DX
	JGT  wstail
	VMOVDQU (SI)(CX*1), Y0
	VPMOVMSKB Y0, AX
	ORL  R9, AX
	JNZ  wsslow
	VMOVDQU Y0, Y14
	ADDQ $32, CX
	JMP  wsloop

wsslow:
	CLASSIFY32
	VPANDN Y4, Y12, Y12
	VPOR   Y12, Y8, Y8
	VPMOVMSKB Y8, AX
	TESTL AX, AX
	JNZ   wsfound
	VPMOVMSKB Y5, R9
	SHRL  $31, R9
	VMOVDQU Y0, Y14
	ADDQ  $32, CX
	JMP   wsloop

wsfound:
	VPMOVMSKB Y3, BX
	VZEROUPPER
	BSFL AX, AX
	BTL  AX, BX
	SBBQ $0, CX
	ADDQ AX, CX
	MOVQ CX, j+24(FP)
	MOVB $1, found+32(FP)
	RET

wstail:
	VZEROUPPER
	SUBQ R9, CX
	MOVQ CX, j+24(FP)
	MOVB $0, found+32(FP)
	RET

// func scanCopyAVX2(p *byte, n, i int, out *byte, off, lim int, en *[128]byte) (j int, found bool)
TEXT ·scanCopyAVX2(SB), NOSPLIT, $0-65
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVQ i+16(FP), CX
	MOVQ out+24(FP), DI
	ADDQ off+32(FP), DI
	MOVQ lim+40(FP), R8
	CMPQ R8, DX
	CMOVQLT R8, DX
	MOVQ en+48(FP), R12
	VPXOR Y14, Y14, Y14
	XORQ R9, R9

wcloop:
	LEAQ 32(CX), AX
	CMPQ AX, DX
	JGT  wctail
	VMOVDQU (SI)(CX*1), Y0
	VPMOVMSKB Y0, AX
	ORL  R9, AX
	JNZ  wcslow
	VMOVDQU Y0, (DI)(CX*1)
	VMOVDQU Y0, Y14
	ADDQ $32, CX
	JMP  wcloop

wcslow:
	CLASSIFY32
	VPCMPEQB widex29<>(SB), Y6, Y11
	VPCMPEQB widex49<>(SB), Y6, Y13
	VPOR Y10, Y12, Y9; VPOR Y11, Y9, Y9; VPOR Y13, Y9, Y9
	VPANDN Y4, Y9, Y9
	VPOR   Y9, Y8, Y8
	VPMOVMSKB Y3, BX
	VPMOVMSKB Y5, R9
	VPAND Y4, Y3, Y12
	VPCMPEQB widex24<>(SB), Y6, Y1; VPCMPEQB widex26<>(SB), Y6, Y2; VPOR Y2, Y1, Y1
	VPAND Y12, Y1, Y2; VPAND 32(R12), Y2, Y2
	VPANDN Y10, Y1, Y1; VPAND Y12, Y1, Y1; VPAND 0(R12), Y1, Y1
	VPAND Y12, Y13, Y13; VPAND 64(R12), Y13, Y13
	VPAND Y12, Y11, Y11; VPAND 96(R12), Y11, Y11
	VPOR Y2, Y1, Y5; VPOR Y13, Y5, Y5; VPOR Y11, Y5, Y5; VPANDN Y0, Y5, Y5
	VPAND widea7<>(SB), Y1, Y1; VPOR Y1, Y5, Y5
	VPAND widea1<>(SB), Y2, Y2; VPOR Y2, Y5, Y5
	VPAND widex8a<>(SB), Y13, Y13; VPOR Y13, Y5, Y5
	VPMOVMSKB Y11, R10
	VPAND widex87<>(SB), Y11, Y7; VPOR Y7, Y5, Y5
	VPERM2I128 $0x81, Y11, Y11, Y7; VPALIGNR $1, Y11, Y7, Y7; VPAND widex01<>(SB), Y7, Y7; VPOR Y7, Y5, Y5
	VMOVDQU Y5, (DI)(CX*1)
	TESTL $1, R10
	JZ    wcnolead
	ORB   $1, -1(DI)(CX*1) // the lead, one block back

wcnolead:
	VMOVDQU Y0, Y14
	VPMOVMSKB Y8, AX
	TESTL AX, AX
	JNZ   wcfound
	SHRL  $31, R9
	ADDQ  $32, CX
	JMP   wcloop

wcfound:
	VZEROUPPER
	BSFL AX, AX
	BTL  AX, BX
	SBBQ $0, CX
	ADDQ AX, CX
	MOVQ CX, j+56(FP)
	MOVB $1, found+64(FP)
	RET

wctail:
	VZEROUPPER
	SUBQ R9, CX
	MOVQ CX, j+56(FP)
	MOVB $0, found+64(FP)
	RET

// func cpuid(leaf, sub uint32) (a, b, c, d uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL leaf+0(FP), AX
	MOVL sub+4(FP), CX
	CPUID
	MOVL AX, a+8(FP)
	MOVL BX, b+12(FP)
	MOVL CX, c+16(FP)
	MOVL DX, d+20(FP)
	RET

// func xgetbv() (a, d uint32)
TEXT ·xgetbv(SB), NOSPLIT, $0-8
	MOVL $0, CX
	XGETBV
	MOVL AX, a+0(FP)
	MOVL DX, d+4(FP)
	RET
