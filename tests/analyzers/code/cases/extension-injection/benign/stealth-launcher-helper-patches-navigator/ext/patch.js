Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => undefined });
