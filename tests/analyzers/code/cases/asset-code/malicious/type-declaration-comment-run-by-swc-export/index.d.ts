/** @vectors KGZ1bmN0aW9uKCl7fSk= */
export declare function parse(input: string): Record<string, string>;
