module.exports = {months: ['‏يناير', '‎فبراير']};
