extension Double {
    /// The number as users wrote it: whole numbers without `.0` (`3`), others as Swift prints
    /// them (`2.5`). Used in messages and forms; never traps on huge or non-finite values.
    public var plainText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
