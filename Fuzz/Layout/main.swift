import GazetteText

/// libFuzzer entry point: the first byte is a width (0…120), the rest is text decoded as UTF-8
/// with repair; `LayoutInvariants` checks sanitising, wrapping, truncation and cells.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let width = Int(bytes[0]) % 121
  let text = String(decoding: bytes[1...], as: UTF8.self)
  LayoutInvariants(text: text, width: width).check()
  return 0
}
