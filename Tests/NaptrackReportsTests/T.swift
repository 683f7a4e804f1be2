import Testing
@Test func placeholder3() { #expect(1 == 1) }
