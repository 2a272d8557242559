// source: the shape of a localised messages module: Russian and Greek words in strings and names of their own
// alphabet, beside Latin names (no letter of one swapped into the other)
const сообщения = { ошибка: 'Ошибка', ok: 'OK' };
const μήνυμα = 'Σφάλμα';
function message(key) { return сообщения[key] || μήνυμα || key; }
module.exports = { message, Post: 'Пост', сор: 'сор' };
