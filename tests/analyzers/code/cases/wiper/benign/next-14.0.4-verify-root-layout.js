// source: next@14.0.4 dist/esm/lib/verify-root-layout.js — writes a missing root layout whose
// template says `<html lang="en">`, into a directory found by joining path segments with "/".
// Was: critical wiper ("lang" read as the LANG locale gate, "/" as the filesystem root).
import path from "path";
import { promises as fs } from "fs";

function getRootLayout(isTs) {
    return `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`;
}

export async function verifyRootLayout({ dir, appDir, tsconfigPath, pagePath, pageExtensions }) {
    let rootLayoutPath;
    try {
        const layoutFiles = [];
        const normalizedPagePath = pagePath.replace(`${"private-next-app-dir"}/`, "");
        const pagePathSegments = normalizedPagePath.split("/");
        let availableDir;
        if (layoutFiles.length === 0) {
            const firstSegmentValue = pagePathSegments[0];
            availableDir = firstSegmentValue.startsWith("(") ? firstSegmentValue : "";
        } else {
            let currentSegments = [];
            for (const segment of pagePathSegments) {
                currentSegments.push(segment);
                if (!layoutFiles.some((file) => file.startsWith(currentSegments.join("/")))) {
                    availableDir = currentSegments.join("/");
                    break;
                }
            }
        }
        if (typeof availableDir === "string") {
            const resolvedTsConfigPath = path.join(dir, tsconfigPath);
            const hasTsConfig = await fs.access(resolvedTsConfigPath).then(() => true, () => false);
            rootLayoutPath = path.join(appDir, availableDir, `layout.${hasTsConfig ? "tsx" : "js"}`);
            await fs.writeFile(rootLayoutPath, getRootLayout(hasTsConfig));
            return [true, rootLayoutPath];
        }
    } catch (e) {
        console.error(e);
    }
    return [false, rootLayoutPath];
}

await verifyRootLayout({ dir: process.cwd(), appDir: "app", tsconfigPath: "tsconfig.json", pagePath: "private-next-app-dir/page.js", pageExtensions: ["js"] });
