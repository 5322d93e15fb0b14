/// An id from a tweet archive, kept as text: the APIs give ids as strings (`id_str`, v2 `id`)
/// and, in v1.1, also as numbers; both decode to the same text, and nothing is ever converted
/// to a floating-point number (which would mangle 64-bit ids).
struct JSONID: Decodable, Hashable {
  let text: String

  init(text: String) { self.text = text }

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      text = string
    } else if let number = try? container.decode(UInt64.self) {
      text = String(number)
    } else {
      text = String(try container.decode(Int64.self))
    }
  }
}

/// A value that the API gives either alone or in an array (v2 `data`).
struct OneOrMany<Element: Decodable>: Decodable {
  let values: [Element]

  init(values: [Element]) { self.values = values }

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let many = try? container.decode([Element].self) {
      values = many
    } else {
      values = [try container.decode(Element.self)]
    }
  }
}

/// A JSON value whose content is ignored (notices such as `{"delete": ...}`).
struct Ignored: Decodable {
  init() {}
  init(from decoder: Decoder) throws {}
}
