// source: the shape of Windows Script Host helpers some installers ship: a JScript that fetches a JSON manifest over
// MSXML2's HTTP object and saves it for the application; nothing is evaluated.
var x = new ActiveXObject("MSXML2.XMLHTTP");
x.open("GET", "https://updates.tool.example/latest.json", false);
x.send();
if (x.status == 200) {
  var fso = new ActiveXObject("Scripting.FileSystemObject");
  var f = fso.CreateTextFile(WScript.Arguments(0), true);
  f.Write(x.responseText);
  f.Close();
}
